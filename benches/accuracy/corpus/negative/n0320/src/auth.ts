export const GOOGLE_CLIENT_ID = '523226936157-0qa4zmylddq7j97tqhvwb86ja6hsfcns.apps.googleusercontent.com';
