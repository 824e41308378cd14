export async function load(path) {
  const res = await fetch(`https://api.portainer.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'X-API-Key': 'ptr_JHG4N9CDnl-GV9CniomCiRgubtfzdsSKr8xsJ6pKMer',
    },
  });
  return res.json();
}
