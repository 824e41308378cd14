export const GOOGLE_CLIENT_ID = '369866930737-ko4dpdf0840iypet1fuepy5ynq23t21a.apps.googleusercontent.com';
