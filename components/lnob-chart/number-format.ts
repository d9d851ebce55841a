// Moved to render/number-format.ts (the command-line renderer uses it too); kept so existing imports work.
export * from '../../render/number-format.js';
