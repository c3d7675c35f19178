import type { InkCommand } from './keys';
import { clearSlideEvent, inkStore } from './store';
import { setInkUi } from './ui';

/** Runs an ink command (from a key or a toolbar button) on the slide on screen. */
export function runInkCommand(command: InkCommand, slideId: string | undefined): void {
  switch (command.type) {
    case 'toggle':
      setInkUi((ui) => ({ drawing: !ui.drawing }));
      return;
    case 'leave':
      setInkUi({ drawing: false });
      return;
    case 'color':
      setInkUi((ui) => ({ color: command.color, tool: ui.tool === 'eraser' ? 'pen' : ui.tool }));
      return;
    case 'tool':
      setInkUi((ui) => ({ tool: ui.tool === command.tool ? 'pen' : command.tool }));
      return;
    case 'clear':
      if (slideId) {
        const event = clearSlideEvent(inkStore, slideId);
        if (event) inkStore.dispatch(event, 'local');
      }
      return;
  }
}
