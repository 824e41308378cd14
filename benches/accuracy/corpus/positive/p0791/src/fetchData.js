export const load = async () => {
  const r = await fetch('https://graph.facebook.com/v19.0/me/accounts?access_token=EAAOYD80DRqZqIszfLJi6ghd6NFS7Uhpa6Ex0dIh7UMZQ8qx2YoGlZ1lbkfrBPdjXzuMz1gQFr33U8JWjn6MVyO9lvVvZNzGzIM363QA9LwZQTuG0sxWaaWSAl7CLIp3HrehRpggYgK2dkZW2mjy539zmiNuRA8dNsWkhcEfnAsUg4CYVlgE7Xy');
  return r.json();
};
