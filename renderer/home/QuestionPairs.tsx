import { listAnswerFields } from '../../shared/template/answer-fields';
import type { PairKind, QuestionMapping } from '../../shared/template/question-mapping';
import type { Template } from '../../shared/template/template-schema';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

const KIND_LABEL: Record<PairKind, MessageKey> = { same: 'pairSame', reworded: 'pairReworded', new: 'pairNew' };
const NONE = '';

/** Rolling forward onto another template: each of this year's questions with the one of last year's it continues (changeable), whether its text comes along, and the questions dropped. */
export function QuestionPairs(props: {
  from: Template;
  to: Template;
  mapping: QuestionMapping;
  emptied: ReadonlySet<string>;
  onCarry: (id: string, carry: boolean) => void;
  onPair: (to: string, from: string | null) => void;
}) {
  const { from, to, mapping, emptied, onCarry, onPair } = props;
  const { t } = useI18n();
  const old = listAnswerFields(from);
  const now = new Map(listAnswerFields(to).map((f) => [f.id, f]));
  const oldText = new Map(old.map((f) => [f.id, f.text]));
  const count = (kind: PairKind) => mapping.pairs.filter((p) => p.kind === kind).length;
  return (
    <fieldset className="question-pairs">
      <legend>{t('rollForwardMapping')}</legend>
      <p>{t('rollForwardMappingIntro')}</p>
      <p role="status">
        {t('rollForwardMappingCounts', {
          same: count('same'),
          reworded: count('reworded'),
          new: count('new'),
          dropped: mapping.dropped.length,
        })}
      </p>
      <table>
        <tbody>
          {mapping.pairs.map((pair) => (
            <tr key={pair.to} className={`pair pair-${pair.kind}`}>
              <th scope="row">
                {pair.to} <span className="pair-text">{now.get(pair.to)?.text}</span>
              </th>
              <td className="pair-kind">{t(KIND_LABEL[pair.kind])}</td>
              <td>
                <label>
                  <span className="visually-hidden">{t('pairFrom', { id: pair.to })}</span>
                  <select
                    value={pair.from ?? NONE}
                    onChange={(event) => onPair(pair.to, event.target.value === NONE ? null : event.target.value)}
                  >
                    <option value={NONE}>{t('pairNone')}</option>
                    {old.map((field) => (
                      <option key={field.id} value={field.id}>
                        {field.id} {field.text.slice(0, 60)}
                        {field.text.length > 60 ? '…' : ''}
                      </option>
                    ))}
                  </select>
                </label>
              </td>
              <td>
                {pair.from !== null && (
                  <label className="carry-choice">
                    <input
                      type="checkbox"
                      checked={!emptied.has(pair.to)}
                      onChange={(event) => onCarry(pair.to, event.target.checked)}
                    />
                    {t('rollForwardCarry', { id: pair.to })}
                  </label>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {mapping.dropped.length > 0 && (
        <div className="pairs-dropped">
          <p id="utgar-rubrik">{t('rollForwardDropped')}</p>
          <ul aria-labelledby="utgar-rubrik">
            {mapping.dropped.map((id) => (
              <li key={id}>
                {id} {oldText.get(id)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
