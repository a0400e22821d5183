import './speaker.css';
import { parseDeckState, speakerChannelName, type SpeakerCommand } from '../deck/speakerLink.ts';
import { createSpeakerView } from './speakerView.ts';
import { forwardPresenterKeys } from './presenterKeys.ts';

/** Speaker view page: its view talks to the deck over the speaker BroadcastChannel. */
const channel = new BroadcastChannel(speakerChannelName);
const send = (cmd: SpeakerCommand): void => channel.postMessage(cmd);
const view = createSpeakerView(document.getElementById('speaker')!, send, Date.now());
channel.onmessage = (ev: MessageEvent) => {
  const state = parseDeckState(ev.data);
  if (state) view.render(state);
};
view.tick(Date.now());
setInterval(() => view.tick(Date.now()), 1000);
forwardPresenterKeys(document, (cmd) => channel.postMessage(cmd));
send({ type: 'hello' });
