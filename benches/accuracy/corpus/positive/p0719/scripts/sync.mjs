export async function load(path) {
  const res = await fetch(`https://api.sendbird.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Api-Token': '929f770a23860c897f627035a1033044bb829ba0',
    },
  });
  return res.json();
}
