import './speaker.css';
import { pairFromSearch, parseDeckState, speakerChannelName, type SpeakerRequest } from '../deck/speakerLink.ts';
import { createSpeakerView, speakerText } from './speakerView.ts';
import { forwardPresenterKeys } from './presenterKeys.ts';
import { parseMirrorFrame } from '../deck/mirrorFrame.ts';

/** Speaker view page: its view talks, over the speaker BroadcastChannel, only to the deck tab that opened it. */
const root = document.getElementById('speaker')!;
const pair = pairFromSearch(window.location.search);
if (pair === null) {
  root.textContent = `${speakerText.fr.unpaired} · ${speakerText.en.unpaired}`;
} else {
  const channel = new BroadcastChannel(speakerChannelName);
  const send = (cmd: SpeakerRequest): void => channel.postMessage({ ...cmd, pair });
  const view = createSpeakerView(root, send, Date.now(), pair, window.location.search);
  channel.onmessage = (ev: MessageEvent) => {
    const state = parseDeckState(ev.data, pair);
    if (state) view.render(state);
    const frame = state ? null : parseMirrorFrame(ev.data, pair);
    if (frame) view.mirror(frame);
  };
  // Heartbeat: while this view is open the deck sends images of its live slide (it stops a few seconds after).
  setInterval(() => send({ type: 'watch' }), 1000);
  send({ type: 'watch' });
  view.tick(Date.now());
  setInterval(() => view.tick(Date.now()), 1000);
  forwardPresenterKeys(document, (cmd) => channel.postMessage({ ...cmd, pair }));
  send({ type: 'hello' });
}
