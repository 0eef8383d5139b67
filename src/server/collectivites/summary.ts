/**
 * The French sentence that ends « Ajouter au suivi »: how many requests were added, and which
 * collectivités were already in the table (« 3 demandes ajoutées ; la Mairie de Lyon était
 * déjà dans votre suivi. »).
 */

// The article of a body's name follows its first word; a name that starts with a town's
// (« Nantes Métropole », « Toulouse Métropole ») takes none.
const ARTICLES: readonly [RegExp, string][] = [
  [/^(mairie|communauté|métropole|collectivité)(?![\p{L}])/iu, 'la '],
  [/^conseil(?![\p{L}])/iu, 'le '],
  [/^eurométropole(?![\p{L}])/iu, "l'"],
];

/** « la Mairie de Lyon », « le Conseil départemental du Rhône », « Nantes Métropole ». */
export function withArticle(body: string): string {
  const found = ARTICLES.find(([pattern]) => pattern.test(body));
  return found ? `${found[1]}${body}` : body;
}

/** « A », « A et B », « A, B et C ». */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

// Past this, naming them all makes a paragraph the person will not read.
const MAX_NAMED = 3;

function alreadyPart(bodies: readonly string[]): string {
  if (bodies.length === 0) return '';
  if (bodies.length > MAX_NAMED) return `${bodies.length} collectivités étaient déjà dans votre suivi`;
  const names = list(bodies.map(withArticle));
  // « la Mairie de Lyon était », « Nantes Métropole était » (no article: keep its capital).
  const sentence = bodies.length === 1 ? `${names} était` : `${names} étaient`;
  return `${sentence} déjà dans votre suivi`;
}

function addedPart(added: number): string {
  if (added === 0) return 'Aucune demande ajoutée';
  return added === 1 ? '1 demande ajoutée' : `${added} demandes ajoutées`;
}

export function addSummary(added: number, alreadyTracked: readonly string[], tableCreated: boolean): string {
  const already = alreadyPart(alreadyTracked);
  const main = already === '' ? `${addedPart(added)}.` : `${addedPart(added)} ; ${already}.`;
  const start = tableCreated ? 'Le tableau de suivi a été créé. ' : '';
  return `${start}${main}`;
}
