// Focus management on navigation: after the reader moves to a new screen, focus goes to its title so
// screen readers announce it; on the very first load focus stays at the top so Tab reaches the skip link.
let firstScreen = true;

/** True for every screen change except the initial page load. */
export function shouldMoveFocus(): boolean {
  if (firstScreen) {
    firstScreen = false;
    return false;
  }
  return true;
}
