import { render } from 'preact';
import './page.css';
import { App } from './app';

const root = document.getElementById('root');
if (root) render(<App />, root);
