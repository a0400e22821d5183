import 'reveal.js/reveal.css';
import 'reveal.js/theme/white.css'; // its embedded base64 fonts are stripped at build time (vite.config.ts)
import '@fontsource/source-sans-pro/latin-400.css';
import '@fontsource/source-sans-pro/latin-600.css';
import '@fontsource/source-sans-pro/latin-700.css';
import 'katex/dist/katex.min.css';
import './deck/theme.css';
import './deck/theme-dark.css';
import './deck/pen/pen.css';
import './deck/phone.css';
import '../slides/styles.ts';
import { Deck } from './deck/deck.ts';
import { slideEntries } from '../slides/index.ts';
import { createBrowserServices, createOwnImagesSession } from './live/services.ts';

// The deck's scripts run, so this is no file:// page: the how-to-open message goes.
document.getElementById('file-warning')?.remove();
const root = document.querySelector<HTMLElement>('.reveal');
if (!root) throw new Error('index.html lacks the .reveal root');
// One own-images session for the page: a data-set switch brings new services but keeps the class's images and run.
const ownImages = createOwnImagesSession();
const deck = new Deck(root, slideEntries, (dataset, notice) => createBrowserServices(window.location.search, document.baseURI, dataset, notice, ownImages));
(window as unknown as { __deck: Deck }).__deck = deck;
deck.start().catch((err: unknown) => {
  console.error('The deck failed to start', err);
});
