// 訂正理由, asked of the plan office on a closed round's report: the server records it in the history's 変更内容.
import { DEADLINE, fieldLabel } from '../../src/domain/messages';
import { TextInput } from '../shared/inputs';

export function CorrectionReason(props: {
  value: string;
  error: string | undefined;
  disabled: boolean;
  onValue: (value: string) => void;
}) {
  return (
    <TextInput
      id="f-correctionReason"
      label={fieldLabel('correctionReason')}
      required
      hint={DEADLINE.correctionHint}
      value={props.value}
      error={props.error}
      disabled={props.disabled}
      onValue={props.onValue}
    />
  );
}
