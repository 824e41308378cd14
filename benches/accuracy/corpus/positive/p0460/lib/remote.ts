export const load = async () => {
  const r = await fetch('https://{user}:ATBBCICOn5Gl5jGaBsDvHyvqnr46M9esm7wh91E820DE@bitbucket.org/{company}/api.git');
  return r.json();
};
