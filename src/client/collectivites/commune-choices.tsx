import type { CommuneChoice } from '../../domain/collectivites';
import { inhabitants } from './words';

/** What tells homonyms apart: the département, the postal codes, the size. */
function details(choice: CommuneChoice): string {
  const codes =
    choice.matchedBy === 'inseeCode'
      ? `code INSEE ${choice.code}`
      : choice.postalCodes.slice(0, 3).join(', ');
  const more = choice.matchedBy !== 'inseeCode' && choice.postalCodes.length > 3 ? '…' : '';
  return `${codes}${more} · ${inhabitants(choice.population)}`;
}

/** A list of communes to click: homonyms to choose from, or close names after a typo. */
export function CommuneChoices({
  choices,
  onChoose,
  label,
}: {
  choices: readonly CommuneChoice[];
  onChoose(choice: CommuneChoice): void;
  label: string;
}) {
  return (
    <ul class="collectivites-choices" aria-label={label}>
      {choices.map((choice) => (
        <li key={choice.code}>
          <button type="button" class="collectivites-choice" onClick={() => onChoose(choice)}>
            <strong>{choice.label}</strong>
            <span class="muted">{details(choice)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
