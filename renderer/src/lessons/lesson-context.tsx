// What components inside a lesson need to know about the lesson they are in: its slug and the order
// of its citations (which fixes the bibliography numbers).
import { createContext, useContext } from 'react';
import type { LessonMeta } from '../data/content';

export const LessonContext = createContext<LessonMeta | null>(null);

export function useLesson(): LessonMeta {
  const lesson = useContext(LessonContext);
  if (!lesson) throw new Error('This component can only be used inside a lesson.');
  return lesson;
}
