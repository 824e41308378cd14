export async function load(path) {
  const res = await fetch(`https://api.bigcommerce.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'X-Auth-Token': 'f1vky75s0j8yc616azkigkys1mknn1a',
    },
  });
  return res.json();
}
