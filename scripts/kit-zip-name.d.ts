export function kitZipName(version: string): string;
