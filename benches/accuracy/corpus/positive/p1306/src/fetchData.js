export const load = async () => {
  const r = await fetch('https://eth-mainnet.g.alchemy.com/v2/DCaDdYXmqwxpqudZZFt9JsylV4DPk3Kj');
  return r.json();
};
