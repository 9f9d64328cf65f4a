import type { LocaleTools } from './locale-tools.ts';
import type { Messages } from './messages.ts';

/**
 * French. Complete (typed as Messages, so a new English key fails the type check here until
 * it is translated); French typography: a narrow no-break space before « : », guillemets.
 */
export function frenchMessages(t: LocaleTools): Messages {
  return {
    skipToContent: 'Aller au contenu',
    allPosts: 'Tous les articles',
    footerNavigation: 'Site',
    theme: 'Thème',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    themeSystem: 'Système',
    loading: 'Chargement…',
    loadingPage: 'Chargement de la page…',
    couldNotLoadPage: 'Impossible de charger cette page',
    tryAgain: 'Réessayer',
    tryingAgain: 'Nouvel essai…',
    unexpectedError: 'Une erreur inattendue s’est produite.',
    contents: 'Sommaire',
    readingProgress: 'Progression de la lecture',
    linkToSection: (sectionTitle) => `Lien vers la section « ${sectionTitle} »`,
    linkCopied: 'Lien copié',
    draft: 'Brouillon',
    scheduled: 'Programmé',
    byAuthor: (author) => `Par ${author}`,
    printedPermalink: (url) => `Adresse\u202f: ${url}`,
    readingTime: (minutes) => `${t.number(minutes)}\u00a0min de lecture`,
    adjacentPosts: 'Articles précédent et suivant',
    previousPost: 'Article précédent',
    nextPost: 'Article suivant',
    relatedPosts: 'Articles similaires',
    posts: 'Articles',
    postsPage: (page) => `Articles, page ${t.number(page)}`,
    noPostsYet: 'Aucun article pour l’instant.',
    pagination: 'Pagination',
    newerPosts: 'Articles plus récents',
    olderPosts: 'Articles plus anciens',
    pageOfPages: (page, pageCount) => `Page ${t.number(page)} sur ${t.number(pageCount)}`,
    pageNumber: (page) => `Page ${t.number(page)}`,
    // The site title leads: "de" before it would need elision ("d’Orsay") that we cannot guess.
    indexDescription: (siteTitle, page) =>
      page > 1
        ? `${siteTitle}\u202f: tous les articles, page ${t.number(page)}.`
        : `${siteTitle}\u202f: tous les articles.`,
    postsBy: (author) => `Articles par ${author}`,
    // "publiés en" rather than "de": "de avril" would need elision.
    postsFromMonth: (month) => `Articles publiés en ${month}`,
    postCount: (count) => t.plural(count, { one: '# article', other: '# articles' }),
    postCountOnPage: (count, page, pageCount) =>
      t.plural(count, { one: '# article', other: '# articles' }) +
      `, page ${t.number(page)} sur ${t.number(pageCount)}`,
    headingWithPage: (heading, page) => `${heading}, page ${t.number(page)}`,
    archive: 'Archives',
    archiveDescription: (siteTitle) => `${siteTitle}\u202f: tous les mois, avec leurs articles.`,
    pageNotFound: 'Page introuvable',
    nothingAtPath: (path) =>
      `Il n’y a rien à l’adresse ${path}. La page a peut-être été déplacée, ou le lien est mal écrit.`,
    goToHomePage: 'Aller à l’accueil',
    readOnSite: (siteTitle) => `Lire sur ${siteTitle}`,
    didYouMean: 'Vouliez-vous dire',
    searchForMissingPage: 'Rechercher la page manquante',
    search: 'Rechercher',
    searchPage: 'Recherche',
    searchPageTitle: (query) => (query === '' ? 'Recherche' : `Recherche\u202f: ${query}`),
    searchPosts: 'Rechercher dans les articles',
    siteSearch: 'Recherche sur le site',
    searchHint:
      'Les résultats s’affichent pendant la saisie. Appuyez sur / pour revenir à ce champ, sur Échap pour l’effacer.',
    searchResults: 'Résultats de la recherche',
    loadingSearchIndex: 'Chargement de l’index de recherche…',
    searchUnavailable: (reason) => `Recherche indisponible\u202f: ${reason}`,
    searchOffline:
      'Vous êtes hors ligne. Ces mots seront recherchés dès le retour de la connexion.',
    noSearchResults: (query) => `Aucun article ne correspond à « ${query} ».`,
    searchResultCount: (count, query) =>
      t.plural(count, { one: '# article correspond à', other: '# articles correspondent à' }) +
      ` « ${query} ».`,
    seeAllResults: (count) =>
      t.plural(count, { one: 'Voir le résultat', other: 'Voir les # résultats' }),
    moreSearchResults: (count) =>
      t.plural(count, {
        one: 'Afficher # résultat de plus',
        other: 'Afficher plus de résultats (# restants)',
      }),
    problemsInPosts: (count) =>
      t.plural(count, {
        one: '# problème dans vos articles',
        other: '# problèmes dans vos articles',
      }),
    hide: 'Masquer',
    lastGoodVersionShown:
      'La dernière version correcte de chaque article reste affichée. Enregistrez une correction et ce message disparaîtra.',
    importReportClean: (mode) => `Rapport d’import\u202f: rien à corriger (${mode})`,
    importReportNotes: (count, mode) =>
      t.plural(count, {
        one: 'Rapport d’import\u202f: # remarque',
        other: 'Rapport d’import\u202f: # remarques',
      }) + ` (${mode})`,
    shownAsWritten: 'Folio a affiché cet article tel qu’il a été écrit.',
  };
}
