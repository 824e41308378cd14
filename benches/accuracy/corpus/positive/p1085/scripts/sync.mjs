export async function load(path) {
  const res = await fetch(`https://api.paddle.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer pdl_live_apikey_0173d06hle4t9vl75hzlkg6b43_ZuVotYk0T7F_HkAOrwsDGeHHsMf_Wog',
    },
  });
  return res.json();
}
