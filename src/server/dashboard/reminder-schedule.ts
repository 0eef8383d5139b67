/** When and through which function the daily reminder runs (its trigger, ./reminder.ts). */

/** The trigger's function: a top-level function of Code.js (src/server/index.ts). */
export const REMINDER_HANDLER = 'sendDailyReminder';
/** The hour of the day (the script's time zone) the reminder is sent around. */
export const REMINDER_HOUR = 7;
