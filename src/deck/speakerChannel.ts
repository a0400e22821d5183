import type { MirrorFrame } from './mirrorFrame.ts';
import { parseSpeakerCommand, speakerChannelName, type DeckState, type SpeakerCommand } from './speakerLink.ts';

/** What the deck does for each command of the speaker view. */
export interface SpeakerHandlers {
  /** A speaker view opened and asks for the current state. */
  hello(): void;
  /** The speaker view's heartbeat: it is open and wants images of the live slide. */
  watch(): void;
  /** Go to the slide with this id. */
  goto(id: string): void;
  /** Next (1) or previous (−1) slide. */
  step(delta: 1 | -1): void;
}

/** Call the handler a command asks for. */
export function dispatchSpeakerCommand(cmd: SpeakerCommand, handlers: SpeakerHandlers): void {
  if (cmd.type === 'hello') handlers.hello();
  else if (cmd.type === 'watch') handlers.watch();
  else if (cmd.type === 'goto') handlers.goto(cmd.id);
  else handlers.step(cmd.delta);
}

/** The deck's end of the link to its speaker view: commands in, state out. */
export interface SpeakerChannel {
  /** Send the deck's state to its speaker view. */
  publish(state: DeckState): void;
  /** Send images of the live slide to the speaker view. */
  mirror(frame: MirrorFrame): void;
  /** Stop listening. */
  close(): void;
}

/**
 * Listen on the speaker BroadcastChannel (same origin only) and dispatch each valid command of pair `pair` to its
 * handler; malformed messages and other pairs' are ignored. Null where the platform has no BroadcastChannel.
 */
export function connectSpeakerChannel(pair: string, handlers: SpeakerHandlers, name = speakerChannelName): SpeakerChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  channel.onmessage = (ev: MessageEvent) => {
    const cmd = parseSpeakerCommand(ev.data, pair);
    if (cmd) dispatchSpeakerCommand(cmd, handlers);
  };
  return {
    publish: (state) => channel.postMessage(state),
    mirror: (frame) => channel.postMessage(frame),
    close: () => channel.close(),
  };
}
