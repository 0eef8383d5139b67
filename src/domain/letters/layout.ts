/**
 * The frame every letter shares — sender top left, recipient on the right, place and date,
 * Objet, « À l'attention de », appel, body, closing, signature — and the page it must fit.
 */

import { frenchDate, squash } from '../french';
import { atTown, attentionLine, closingFormula, recipientLines, salutation } from './addressing';
import { formatPhone } from './phone';
import { senderName } from './phrases';
import type { Contact, LetterBlock, LetterDocument, LetterInput, LetterKind } from './types';
import { typeset } from './typography';

export const KIND_LABELS: Readonly<Record<LetterKind, string>> = {
  request: 'Demande de stage',
  followUp: 'Relance',
  thanksAfterMeeting: 'Remerciement après rencontre',
  thanksAfterRefusal: 'Remerciement après refus',
  callSheet: "Fiche d'appel",
};

/** The Doc's name: « 2026-11-28 Demande de stage — Mairie de Lyon » (the ISO date sorts in Drive). */
export function documentTitle(kind: LetterKind, input: LetterInput): string {
  return `${input.writtenOn} ${KIND_LABELS[kind]} — ${squash(input.recipient.name)}`;
}

const block = (
  kind: LetterBlock['kind'],
  lines: readonly string[],
  align: LetterBlock['align'] = 'left',
) => ({
  kind,
  lines: lines.map(squash).filter((line) => line !== ''),
  align,
});

function senderBlock({ sender }: LetterInput): LetterBlock {
  const phone = squash(sender.phone);
  const email = squash(sender.email);
  return block('sender', [
    senderName(sender),
    ...sender.addressLines,
    `${squash(sender.postalCode)} ${squash(sender.town)}`,
    phone === '' ? '' : `Tél. : ${formatPhone(phone)}`,
    email === '' ? '' : `Courriel : ${email}`,
  ]);
}

function recipientBlock({ recipient }: LetterInput): LetterBlock {
  const address = recipient.address;
  const town = address === undefined ? '' : `${squash(address.postalCode)} ${squash(address.town)}`;
  return block('recipient', [...recipientLines(recipient), ...(address?.lines ?? []), town], 'right');
}

/** « À Lyon, le 28 novembre 2026 ». */
export function placeAndDate(input: LetterInput): string {
  const town = squash(input.writtenAt) === '' ? input.sender.town : (input.writtenAt ?? '');
  return `${atTown(town)}, le ${frenchDate(input.writtenOn)}`;
}

export interface LetterParts {
  readonly subject: string;
  /** Whether to write « À l'attention de … » (a phone call came first, or a person was met). */
  readonly attention: boolean;
  /** The person « À l'attention de » names, when not the one spoken to by phone (the person met). */
  readonly attentionTo?: Contact;
  readonly paragraphs: readonly string[];
}

/** A whole letter around its subject and paragraphs, in the letters' typography. */
export function letterDocument(kind: LetterKind, input: LetterInput, parts: LetterParts): LetterDocument {
  const { head } = input.recipient;
  const blocks: LetterBlock[] = [
    senderBlock(input),
    recipientBlock(input),
    block('placeDate', [placeAndDate(input)], 'right'),
    { ...block('subject', [`Objet : ${parts.subject}`]), bold: true },
    ...(parts.attention
      ? [
          block('attention', [
            attentionLine({
              ...input.recipient,
              interlocutor: parts.attentionTo ?? input.recipient.interlocutor,
            }),
          ]),
        ]
      : []),
    block('salutation', [`${salutation(head)},`]),
    ...parts.paragraphs.filter((p) => squash(p) !== '').map((p) => block('paragraph', [p], 'justify')),
    block('closing', [closingFormula(head)], 'justify'),
    block('signature', [senderName(input.sender)], 'right'),
  ];
  return finished({ kind, title: documentTitle(kind, input), blocks });
}

/** Every line in the letters' typography (apostrophes, non-breaking spaces, no double space). */
export function finished(document: LetterDocument): LetterDocument {
  return {
    ...document,
    title: typeset(document.title),
    blocks: document.blocks.map((b) => ({ ...b, lines: b.lines.map(typeset) })),
  };
}

/** The document as plain text: blocks separated by an empty line (for tests, previews and e-mails). */
export function letterText(document: LetterDocument): string {
  return document.blocks
    .map((b) => (b.kind === 'list' ? b.lines.map((line) => `- ${line}`) : b.lines).join('\n'))
    .join('\n\n');
}

/**
 * The page the adapter lays a letter on: A4, 2 cm margins, Arial 11 pt, single line spacing
 * (about 57 lines of 88 characters), one blank line after each block of the frame and 6 pt
 * (half a line) after each paragraph of the body, room kept for a handwritten signature.
 */
export const PAGE = { charsPerLine: 88, lines: 57, signatureRoom: 3 } as const;

/** Lines the document takes on the page, by the model above (rounded up). */
export function estimateLines(document: LetterDocument): number {
  let total = PAGE.signatureRoom;
  for (const b of document.blocks) {
    for (const line of b.lines) total += Math.max(1, Math.ceil([...line].length / PAGE.charsPerLine));
    total += b.kind === 'paragraph' ? 0.5 : 1;
  }
  return Math.ceil(total);
}
