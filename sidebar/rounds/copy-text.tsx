// A ready text in a read-only textarea with a コピー button. The Clipboard API may be refused inside the sidebar's
// sandboxed frame (it needs the clipboard-write permission policy), so the text is selected first and
// execCommand('copy') is the fallback; if both fail the user is told to press Ctrl+C on the selection.
import { useState } from 'preact/hooks';
import { ROUNDS } from '../../src/domain/messages';
import { Button } from '../shared/button';

const T = ROUNDS.sidebar;

async function copied(area: HTMLTextAreaElement): Promise<boolean> {
  area.focus();
  area.select();
  try {
    await navigator.clipboard.writeText(area.value);
    return true;
  } catch {
    return document.execCommand('copy');
  }
}

export function CopyText(props: { id: string; label: string; text: string }) {
  const [status, setStatus] = useState('');
  return (
    <div class="field copy-text">
      <label for={props.id}>{props.label}</label>
      <textarea id={props.id} readOnly rows={6} value={props.text} />
      <div class="buttons">
        <Button
          onClick={async () => {
            const area = document.getElementById(props.id) as HTMLTextAreaElement;
            setStatus((await copied(area)) ? T.copied : T.copySelected);
          }}
        >
          {T.copy}
        </Button>
        <span class="status" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}
