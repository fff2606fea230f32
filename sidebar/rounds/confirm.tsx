// A question asked in the page before a step that cannot be taken back (closing a round, sending mail): the
// sidebar's own alertdialog, since a sandboxed sidebar frame cannot count on window.confirm.
import { ROUNDS } from '../../src/domain/messages';
import { Button } from '../shared/button';

export function Confirm(props: { question: string; yes: string; onYes: () => void; onNo: () => void }) {
  return (
    <div class="banner error" role="alertdialog" aria-label={props.question}>
      <p>{props.question}</p>
      <div class="buttons">
        <Button create onClick={props.onYes}>
          {props.yes}
        </Button>
        <Button onClick={props.onNo}>{ROUNDS.sidebar.cancel}</Button>
      </div>
    </div>
  );
}
