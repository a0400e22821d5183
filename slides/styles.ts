/**
 * Every slide's and widget's style sheet, in the deck's one render-blocking CSS file, in the order the slides have
 * always had them. Each slide module still imports what it uses, but slide modules are fetched later and in the order
 * the presenter visits them (slides/index.ts): a sheet arriving with its slide would land after the others and win the
 * ties it used to lose (vae-uses-live then overflowed its slide by 31 px). Imported here, each sheet is part of the deck's
 * CSS and a slide's chunk brings none. About 25 KB of the 134 KB of CSS; a sheet added to a slide goes here too (the unit
 * test `slideStyles.test.ts` fails otherwise).
 */
import '../src/deck/printText.css';
import './latentSlides.css';
import '../src/widgets/drawPad.css';
import '../src/widgets/compactPad.css';
import './slidePads.css';
import './aeVsVaeLive.css';
import '../src/widgets/sliderRow.css';
import './mathSlides.css';
import './demoSlides.css';
import '../src/widgets/codeView.css';
import '../src/widgets/notebookCell.css';
import '../src/widgets/trainingDashboardPrint.css';
import '../src/widgets/trainingDashboard.css';
import '../src/widgets/drawingOnPlane.css';
import './drawDigit.css';
import './theoryExtra.css';
import './wrapUp.css';
import './quiz.css';
import '../src/widgets/ownImages.css';
