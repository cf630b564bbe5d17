import type { Catalogue } from '../catalogue';

/** English messages of the reasons `api.*`. */
export const api: Catalogue['errors']['api'] = {
  attachmentEmpty: 'The file is empty.',
  bankFileEmpty: 'The bank file is empty.',
  csvFileEmpty: 'The CSV file is empty.',
  fileCount: 'Send exactly one file, in the part named file.',
  multipartUnreadable: 'The multipart body could not be read. {{howToSend}}',
  noFilePart: 'The request has no file part named file. {{howToSend}}',
  noFilePartButOthers: 'The request has no file part named file (it has {{parts}}). {{howToSend}}',
  noRefreshToken: 'No refresh token: log in again.',
  notSignedIn: 'Log in first: send the access token as "Authorization: Bearer <token>".',
  pageParamInvalid: '{{field}} must be an integer from {{min}} to {{max}}.',
  portalTenantsOnly: 'The portal is for tenant users.',
  purposeRequired: 'purpose is required.',
  reportForbidden: 'Your role may not ask for the {{type}} report.',
  roleForbidden: 'Your role does not allow this action.',
  routeClosed: 'This route declares no roles and is closed.',
  sendAttachment: 'Send the file as multipart/form-data with a purpose field and one file part named file.',
  sendBankFile: 'Send the bank file as multipart/form-data with one file part named file.',
  sendCsvFile:
    'Send the CSV file as the request body with Content-Type: text/csv, or as multipart/form-data with one file part named file.',
  unexpectedPart: 'Unexpected part {{part}}: send only the file part named file.',
  unexpectedPartWithFields:
    'Unexpected part {{part}}: send only the file part named file and the fields {{fields}} (once each).',
};
