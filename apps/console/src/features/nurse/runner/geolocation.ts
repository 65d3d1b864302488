import type { Location } from '@infuse/contracts';

/** Where the device is, for the check-in and check-out (EVV); GPS works without a network. */
export function currentLocation(): Promise<Location> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error('This device cannot tell its location.'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      ({ coords }) =>
        resolve({
          latitude: coords.latitude,
          longitude: coords.longitude,
          accuracyMeters: Math.min(Math.round(coords.accuracy), 100_000),
        }),
      (error) =>
        reject(
          new Error(
            error.code === error.PERMISSION_DENIED
              ? 'Allow this site to use the location: the check-in and check-out record where the visit took place.'
              : 'The location could not be found. Move near a window and try again.',
          ),
        ),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  });
}
