export const passwordRegex = /^(?=.*[A-Z])(?=.*\d).{12,}$/;
export const isSecret = false;
