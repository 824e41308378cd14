export const firebaseConfig = {
  apiKey: "AIzadTP-ehMaCEkuYnVOeRRzBqDxJTtwlNaJF-I",
  authDomain: "corp-app.firebaseapp.com",
  projectId: "corp-app",
};
