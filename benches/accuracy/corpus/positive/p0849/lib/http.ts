export async function load(path) {
  const res = await fetch(`https://api.smartsheet.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer wuXGcGqwsevYeHuiVnzrlmbCwmIMPwGyOAlef',
    },
  });
  return res.json();
}
