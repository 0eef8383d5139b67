/** After « Stage accepté »: the convention on Immersion Facilitée, prefilled from the workbook. */
export * from './checks';
export * from './details';
export * from './immersion-facile';
export * from './prefill';
export * from './sheet';
export * from './siret';
