export const load = async () => {
  const r = await fetch('https://api.serpstack.com/search?access_key=7bcb938f5ff93125b834181fcf44acb5&query=espresso');
  return r.json();
};
