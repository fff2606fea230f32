// Renders a sidebar's root component into the page's #app element (the only markup the build writes).
import { type ComponentType, render } from 'preact';

export function mount(App: ComponentType): void {
  const root = document.getElementById('app');
  if (root) render(<App />, root);
}
