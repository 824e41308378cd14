export const load = async () => {
  const r = await fetch('https://api.hunter.io/v2/domain-search?domain={company}.io&api_key=6650f8ee265af465c3f2e77590c73f53416340a0');
  return r.json();
};
