export async function load(path) {
  const res = await fetch(`https://api.typeform.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer tfp_ovgGKUvpptpiSm2st7-VBFTZaj_PtZTVYpGqUGImfPSj_0DjIbxmEczTP06',
    },
  });
  return res.json();
}
