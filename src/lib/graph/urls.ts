// The site's addresses for what the curriculum graph holds, written once. Pure.
export const trackUrl = (id: string) => `/tracks/${id}/`;
export const capstoneUrl = (trackId: string) => `/tracks/${trackId}/capstone/`;
export const electiveUrl = (id: string) => `/electives/${id}/`;
export const projectUrl = (electiveId: string) => `/electives/${electiveId}/project/`;
/** A track's or elective's record of study. */
export const certificateUrl = (track: { url: string }) => `${track.url}certificate/`;
export const moduleUrl = (id: string) => `/modules/${id}/`;
export const lessonUrl = (moduleId: string, slug: string) => `/modules/${moduleId}/${slug}/`;
export const quizUrl = (moduleId: string) => `/modules/${moduleId}/quiz/`;
