export async function load(path) {
  const res = await fetch(`https://api.yelp.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer gC2YoF_idV_Em7RfABV1Q-eK1ha5DZOcqRnO4VFfh6BIJOV-Cd-oRMDNWRVs-g0BjfG5eEQh9XaSXlW42Q_XxjUgF5Dga8JZigWB3bLe8LWya6cZh-x_ZDPtepwOgkuW',
    },
  });
  return res.json();
}
