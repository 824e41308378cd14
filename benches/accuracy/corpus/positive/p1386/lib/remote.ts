export const load = async () => {
  const r = await fetch('https://serpapi.com/search.json?engine=google&q=coffee&api_key=af6e8cd59c89295554323c09a81428203214cab3fbfd0e647ac5c8c63c5cc7ea');
  return r.json();
};
