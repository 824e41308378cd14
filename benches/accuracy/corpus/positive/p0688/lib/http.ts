export async function load(path) {
  const res = await fetch(`https://api.webex.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer 6zdYB8q41Le3IGgMoY0q2tNmT0GCFPnnwyYWi2KeQzUwnCmPjKMiHrciaE19EiuQ_mBcv_a212cee6-8885-40c7-9af0-6724f9e9166e',
    },
  });
  return res.json();
}
