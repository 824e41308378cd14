export async function load(path) {
  const res = await fetch(`https://api.mailtrap.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Api-Token': '2159dc4b7ef5ee02edffcb291cea687a',
    },
  });
  return res.json();
}
