export async function load(path) {
  const res = await fetch(`https://api.circleci.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Circle-Token': 'CCIPAT_88gzJKsFcrWA31pte0ozrx_27fbfea8fbb1b3802fb43167f95094c7a997c5f6',
    },
  });
  return res.json();
}
