export const GOOGLE_CLIENT_ID = '225971319179-zn1hhl62phv37783kaqsb44ufl1dy9p3.apps.googleusercontent.com';
