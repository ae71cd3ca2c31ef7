// The presentation screen (its own chunk, loaded when a lesson is presented): the lesson for the route, or a
// plain message with a way back when the link names a lesson this atlas does not have.
import { findLesson } from '../data/content';
import { routeHref } from '../state/route';
import { PresentationView } from './PresentationView';
import type { PresentRoute } from './steps';

export default function PresentPage({ route, onHelp }: { route: PresentRoute; onHelp(): void }) {
  const meta = findLesson(route.slug);
  if (!meta) {
    return (
      <main className="presentation present-missing">
        <h1>No such lesson</h1>
        <p>
          There is no lesson “{route.slug}” to present. <a href={routeHref({ name: 'home' })}>Back to the contents</a>
        </p>
      </main>
    );
  }
  return <PresentationView key={meta.slug} meta={meta} route={route} onHelp={onHelp} />;
}
