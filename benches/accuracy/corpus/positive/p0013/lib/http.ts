export async function load(path) {
  const res = await fetch(`https://api.anthropic.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'x-api-key': 'sk-ant-api03-wOxPNoPnUZ3Tpa5W4J3mp5wdr4pKm-ndsAktdN_lK3wuX9hjLu0Lwm8dXf9B-sQzfb4HfARInYL5vXNreroZ-WwiyzwgwAA',
    },
  });
  return res.json();
}
