export const GOOGLE_CLIENT_ID = '895371609709-n455s3a3r36dc618u9q7plijw1lc5eue.apps.googleusercontent.com';
