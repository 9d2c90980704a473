export const forestPoem: string;
