// @vitest-environment happy-dom
// A screen that fails to render shows a readable message with a way back instead of a blank window,
// and recovers when the reader navigates elsewhere.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ErrorBoundary } from '../../../renderer/src/app/ErrorBoundary';

function Broken(): never {
  throw new Error('The lesson module could not be read.');
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('error boundary', () => {
  it('shows the error, a way back and a reload button instead of a blank screen', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <ErrorBoundary resetKey="#/lesson/x">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'This page could not be shown' })).toBeTruthy();
    expect(screen.getByText('The lesson module could not be read.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the contents' }).getAttribute('href')).toBe('#/');
    expect(screen.getByRole('button', { name: 'Reload the atlas' })).toBeTruthy();
  });

  it('renders the screen again after the route changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary resetKey="#/a">
        <Broken />
      </ErrorBoundary>,
    );
    rerender(
      <ErrorBoundary resetKey="#/b">
        <p>Home again</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Home again')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
