export async function load(path) {
  const res = await fetch(`https://api.yandexcloud.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Api-Key AQVNfJsFSdj44G6HQYiM_4mEh_tOLV7GyumT1gcm',
    },
  });
  return res.json();
}
