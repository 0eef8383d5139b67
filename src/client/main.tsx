import { render } from 'preact';
import './styles.css';
import { App } from './app';

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  root.textContent = '';
  render(<App />, root);
}

// The server appends the menu’s start section (<meta>) after the page, below this script: render
// once the whole page is parsed, or the sidebar would always open on its first section.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
